// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/secrets/secretstore.h"

#include "system/secrets/keychainsecretstore.h"

namespace ra {

SecretStore::~SecretStore() = default;

std::unique_ptr<SecretStore> SecretStore::createDefault()
{
    return std::make_unique<KeychainSecretStore>();
}

}  // namespace ra

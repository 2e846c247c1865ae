#include "secretstore.h"

#include "keychainsecretstore.h"

namespace ra {

SecretStore::~SecretStore() = default;

std::unique_ptr<SecretStore> SecretStore::createDefault()
{
    return std::make_unique<KeychainSecretStore>();
}

}  // namespace ra

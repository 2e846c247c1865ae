# SPDX-License-Identifier: GPL-3.0-or-later
# Unpacks the startup-key test image into a private temporary folder, runs the fuzzer on it for
# SECONDS, and fails when the fuzzer does (a crash of ours, or the real path no longer opening).
if(NOT EXISTS "${TESTDATA}/bitlocker/bitlocker-images.tar.xz")
    if("$ENV{RA_REQUIRE_E2E}" STREQUAL "1")
        message(FATAL_ERROR "fuzz_bitlocker: no test data at ${TESTDATA}")
    endif()
    message(STATUS "fuzz_bitlocker skipped: no test data")
    return()
endif()
string(RANDOM LENGTH 8 suffix)
set(dir "/tmp/ra-fuzz-${suffix}")
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND tar -xJf "${TESTDATA}/bitlocker/bitlocker-images.tar.xz" -C "${dir}"
                        bitlk-aes-xts-128-startup-key.img 4381F759-C4F8-4DE0-BB61-FC33A831BDA5.BEK
                RESULT_VARIABLE unpacked)
if(NOT unpacked EQUAL 0)
    file(REMOVE_RECURSE "${dir}")
    message(FATAL_ERROR "fuzz_bitlocker: unpacking the test image failed")
endif()
execute_process(COMMAND "${FUZZER}" --seconds ${SECONDS} "${dir}/bitlk-aes-xts-128-startup-key.img"
                        "${dir}/4381F759-C4F8-4DE0-BB61-FC33A831BDA5.BEK"
                RESULT_VARIABLE result)
file(REMOVE_RECURSE "${dir}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "fuzz_bitlocker failed: ${result}")
endif()

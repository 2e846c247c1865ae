# SPDX-License-Identifier: GPL-3.0-or-later
# Makes seed files with qemu-img in a private temporary folder (a qcow2 with a backing file and an
# external data file, sparse, delta and text-descriptor VMDKs, a VHD, a VHDX), runs the header
# fuzzer on them for SECONDS, and fails when the fuzzer does.
find_program(QEMU_IMG qemu-img)
if(NOT QEMU_IMG)
    if("$ENV{RA_REQUIRE_E2E}" STREQUAL "1")
        message(FATAL_ERROR "fuzz_vmheaders: qemu-img is not installed")
    endif()
    message(STATUS "fuzz_vmheaders skipped: no qemu-img")
    return()
endif()
string(RANDOM LENGTH 8 suffix)
set(dir "/tmp/ra-fuzz-vm-${suffix}")
file(MAKE_DIRECTORY "${dir}")
# One qemu-img command a line, its arguments separated by |.
set(steps
    "create|-q|-f|qcow2|base.qcow2|16M"
    "create|-q|-f|qcow2|-b|base.qcow2|-F|qcow2|-o|data_file=data.raw|top.qcow2|16M"
    "create|-q|-f|vmdk|base.vmdk|16M"
    "create|-q|-f|vmdk|-b|base.vmdk|-F|vmdk|delta.vmdk"
    "create|-q|-f|vmdk|-o|subformat=monolithicFlat|flat.vmdk|16M"
    "create|-q|-f|vpc|disk.vhd|16M"
    "create|-q|-f|vhdx|disk.vhdx|16M")
foreach(line IN LISTS steps)
    string(REPLACE "|" ";" step "${line}")
    execute_process(COMMAND ${QEMU_IMG} ${step} WORKING_DIRECTORY "${dir}" RESULT_VARIABLE made)
    if(NOT made EQUAL 0)
        file(REMOVE_RECURSE "${dir}")
        message(FATAL_ERROR "fuzz_vmheaders: qemu-img ${step} failed")
    endif()
endforeach()
execute_process(COMMAND "${FUZZER}" --seconds ${SECONDS} "qcow2=${dir}/top.qcow2" "vmdk=${dir}/delta.vmdk"
                        "vmdk=${dir}/flat.vmdk" "vpc=${dir}/disk.vhd" "vhdx=${dir}/disk.vhdx"
                RESULT_VARIABLE result)
file(REMOVE_RECURSE "${dir}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "fuzz_vmheaders failed: ${result}")
endif()

# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a Japanese message is unfinished, empty, or missing from the .ts file (a string in
# the sources that lupdate would add). Runs lupdate into a scratch copy; the tree is untouched.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/recovery-assistant_ja.ts)
file(COPY ${SOURCE_DIR}/translations/recovery-assistant_ja.ts DESTINATION ${WORK_DIR})
# app/ holds every translatable source: core, print, gui, cli, and the .ui forms beside their
# pages under app/gui/ (lupdate scans a folder recursively, .ui files included).
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${SOURCE_DIR}/app -ts ${ts}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ ${ts} content)
string(REGEX MATCHALL "<translation type=\"unfinished\"" marks "${content}")
string(REGEX MATCHALL "<translation></translation>" empty "${content}")
string(REGEX MATCHALL "<message" all "${content}")
list(LENGTH marks n_unfinished)
list(LENGTH empty n_empty)
list(LENGTH all n_all)
if(n_unfinished GREATER 0 OR n_empty GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ \t]*(<comment>[^<]*</comment>\n[ \t]*)?<translation type=\"unfinished\"" srcs "${content}")
    message(FATAL_ERROR "${n_unfinished} of ${n_all} Japanese messages unfinished or missing, ${n_empty} empty. "
                        "Run 'cmake --build build --target update_translations' and translate them:\n${srcs}")
endif()
message(STATUS "${n_all} Japanese messages, all translated")

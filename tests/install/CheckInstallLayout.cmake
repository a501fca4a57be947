# cmake -DBUILD_DIR=... -DWORK_DIR=... -DCONFIG=... -DWITH_GUI=ON|OFF -DAPP_ID=... -DICON_SIZES=16,24,...
#       -DVERSION=x.y.z -P CheckInstallLayout.cmake
#
# Installs BUILD_DIR into WORK_DIR/prefix and checks the layout a desktop expects. Every problem is
# collected and reported together (file and reason), then the script fails once.

cmake_minimum_required(VERSION 3.25)

foreach(var BUILD_DIR WORK_DIR WITH_GUI APP_ID ICON_SIZES VERSION)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "CheckInstallLayout: -D${var}=... is required")
  endif()
endforeach()
string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")

set(prefix ${WORK_DIR}/prefix)
set(problems "")
# A plain string, not a list: tool output may contain ';'.
function(problem text)
  set(problems "${problems}\n  ${text}" PARENT_SCOPE)
endfunction()

# ---- install ------------------------------------------------------------------------------------
file(REMOVE_RECURSE ${prefix})
set(config_args "")
if(CONFIG)
  set(config_args --config ${CONFIG})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} ${config_args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${prefix} failed (${rc}):\n${out}\n${err}")
endif()

# ---- expected files -----------------------------------------------------------------------------
set(expected bin/qmsdesk-cli share/doc/qmsdesk/LICENSE share/doc/qmsdesk/README.md)
if(WITH_GUI)
  set(hicolor share/icons/hicolor)
  list(APPEND expected
       bin/qmsdesk
       share/applications/${APP_ID}.desktop
       share/metainfo/${APP_ID}.metainfo.xml
       share/mime/packages/${APP_ID}.xml
       ${hicolor}/scalable/apps/${APP_ID}.svg
       ${hicolor}/scalable/mimetypes/application-x-qmsdesk.svg)
  foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected ${hicolor}/${size}x${size}/apps/${APP_ID}.png
         ${hicolor}/${size}x${size}/mimetypes/application-x-qmsdesk.png)
  endforeach()
endif()
foreach(rel IN LISTS expected)
  if(NOT EXISTS ${prefix}/${rel})
    problem("missing ${prefix}/${rel}")
  endif()
endforeach()

# ---- the installed programs run -------------------------------------------------------------------
set(programs qmsdesk-cli)
if(WITH_GUI)
  list(APPEND programs qmsdesk)
endif()
foreach(program IN LISTS programs)
  if(EXISTS ${prefix}/bin/${program})
    execute_process(COMMAND ${prefix}/bin/${program} --version RESULT_VARIABLE rc OUTPUT_VARIABLE out
                    ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
      problem("${prefix}/bin/${program} --version: exit ${rc}, expected ${VERSION} in: ${out}${err}")
    endif()
  endif()
endforeach()

if(WITH_GUI)
  # ---- desktop entry --------------------------------------------------------------------------------
  set(desktop ${prefix}/share/applications/${APP_ID}.desktop)
  if(EXISTS ${desktop})
    file(READ ${desktop} text)
    foreach(line "Exec=qmsdesk %f" "Icon=${APP_ID}" "MimeType=application/x-qmsdesk;")
      string(FIND "${text}" "${line}" at)
      if(at EQUAL -1)
        problem("${desktop}: no line \"${line}\"")
      endif()
    endforeach()
    find_program(desktop_file_validate desktop-file-validate)
    if(desktop_file_validate)
      execute_process(COMMAND ${desktop_file_validate} ${desktop} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                      ERROR_VARIABLE err)
      if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
        problem("desktop-file-validate ${desktop} (exit ${rc}): ${out}${err}")
      endif()
    else()
      message(STATUS "desktop-file-validate not found (package desktop-file-utils): skipped")
    endif()
  endif()

  # ---- AppStream metainfo ---------------------------------------------------------------------------
  set(metainfo ${prefix}/share/metainfo/${APP_ID}.metainfo.xml)
  if(EXISTS ${metainfo})
    file(READ ${metainfo} text)
    # A version bump must come with a <release> entry.
    string(FIND "${text}" "<release version=\"${VERSION}\"" at)
    if(at EQUAL -1)
      problem("${metainfo}: no <release version=\"${VERSION}\"> for the project version")
    endif()
    find_program(appstreamcli appstreamcli)
    if(appstreamcli)
      execute_process(COMMAND ${appstreamcli} validate --no-net --no-color ${metainfo}
                      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
      if(NOT rc EQUAL 0)
        problem("appstreamcli validate --no-net ${metainfo} (exit ${rc}): ${out}${err}")
      endif()
    else()
      message(STATUS "appstreamcli not found (package appstream): skipped")
    endif()
  endif()

  # ---- MIME type: compile the installed database and check it names the .qms type ----------------
  find_program(update_mime_database update-mime-database)
  if(update_mime_database AND EXISTS ${prefix}/share/mime/packages/${APP_ID}.xml)
    execute_process(COMMAND ${update_mime_database} ${prefix}/share/mime RESULT_VARIABLE rc
                    OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT EXISTS ${prefix}/share/mime/application/x-qmsdesk.xml)
      problem("update-mime-database ${prefix}/share/mime (exit ${rc}) did not define application/x-qmsdesk: ${out}${err}")
    endif()
  elseif(NOT update_mime_database)
    message(STATUS "update-mime-database not found (package shared-mime-info): skipped")
  endif()
endif()

# ---- the magic in the MIME type matches what qmsdesk-cli writes ---------------------------------
# The MIME XML recognises a .qms file by its SQLite header and application_id 0x514D5344 ("QMSD")
# at offset 68; a real file created by the installed CLI must carry both.
if(EXISTS ${prefix}/bin/qmsdesk-cli)
  set(sample ${WORK_DIR}/sample-without-extension)
  file(REMOVE ${sample})
  execute_process(COMMAND ${prefix}/bin/qmsdesk-cli --db ${sample} init --org "Install check" --admin alice
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
  if(NOT rc EQUAL 0 OR NOT EXISTS ${sample})
    problem("qmsdesk-cli init ${sample} failed (exit ${rc}): ${out}${err}")
  else()
    # Hex: the header is NUL-terminated. 53514c6974652066... is "SQLite format 3".
    file(READ ${sample} header OFFSET 0 LIMIT 15 HEX)
    file(READ ${sample} app_id OFFSET 68 LIMIT 4 HEX)
    if(NOT header STREQUAL "53514c69746520666f726d61742033" OR NOT app_id STREQUAL "514d5344")
      problem("${sample}: header 0x${header}, application_id 0x${app_id}; the MIME magic expects "
              "\"SQLite format 3\" (53514c69746520666f726d61742033) and 514d5344")
    endif()
    # With GLib's gio the installed MIME database must recognise the file by content alone.
    find_program(gio gio)
    if(WITH_GUI AND gio AND EXISTS ${prefix}/share/mime/mime.cache)
      execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_DIRS=${prefix}/share:/usr/share
                              ${gio} info -a standard::content-type ${sample}
                      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
      if(NOT out MATCHES "application/x-qmsdesk")
        problem("gio info ${sample} with the installed MIME database: not application/x-qmsdesk: ${out}${err}")
      endif()
    endif()
  endif()
endif()

if(problems)
  message(FATAL_ERROR "Install layout in ${prefix} is wrong:${problems}")
endif()
list(LENGTH expected count)
message(STATUS "Install layout in ${prefix}: ${count} files present, desktop files valid")

/// @file xapian.h
/// Not Xapian: this folder comes first on the include path of the connectors (and of the check
/// that the Xapian-free public headers stay so), so that any of their sources or headers that
/// reaches <xapian.h>, directly or through another header, fails to build here.
#pragma once

#error "connectors must not include Xapian: a connector turns a source item into a record and knows no index. The include chain above shows the header that led here; for JSON helpers include kennis/json_io.h, not kennis/api_json.h."

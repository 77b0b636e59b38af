/// @file ldap.h
/// A live LDAP directory (OpenLDAP, Active Directory, …) as a source of profiles, read through
/// libldap with paged results and mapped by directory_mapping.h exactly like an LDIF export.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "connector.h"
#include "directory_mapping.h"
#include "source_options.h"

namespace kennis {

/// Where and how to read the directory.
struct LdapSettings {
  std::string uri;                               ///< ldap://host:port/, ldaps://… or ldapi://…
  std::string base;                              ///< search base of the person entries
  std::string filter = "(objectClass=person)";
  std::string bind_dn;                           ///< empty: anonymous
  std::string password_file;                     ///< the bind password is read from this file
  int page_size = 500;                           ///< RFC 2696 page size
  /// Group entries (groupOfNames, group, …) are searched too when either is set: base defaults
  /// to `base`, filter to any of the usual group classes.
  std::string group_base;
  std::string group_filter;
};

/// Reads every entry under settings.base matching settings.filter, page by page, so that a
/// directory larger than the server's size limit is read completely, then maps them (plus the
/// group entries, if configured) to profiles. read() throws Error(kIo) naming the URI (never the
/// password) when the server cannot be reached, the bind fails, the password file cannot be read
/// or a search fails; it reads the password file on each call and keeps no copy.
std::unique_ptr<Connector> make_ldap_connector(LdapSettings settings, DirectoryMapping mapping);

/// [[source]] type = "ldap": uri, base, filter, bind_dn, password_file, page_size, group_base,
/// group_filter, base_url and a [source.mapping] table. Throws Error(kInvalidConfig) for missing
/// or bad values and unknown keys; a bind_dn needs a password_file and the other way round.
std::unique_ptr<Connector> make_ldap_connector(SourceOptions& options);

}  // namespace kennis

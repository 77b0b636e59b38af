// Every route of searchd, registered in one function.
#pragma once

#include <httplib.h>

#include "auth.h"
#include "kennis/experts.h"
#include "kennis/searcher.h"

namespace kennis::http {

/// What handlers may use. Owned by main(); outlives the server.
struct Services {
  const Searcher& searcher;
  const ExpertFinder& experts;
  const Authenticator& auth;
};

/// Registers the API (schemas/openapi.yaml) on `server`.
void register_routes(httplib::Server& server, const Services& services);

}  // namespace kennis::http

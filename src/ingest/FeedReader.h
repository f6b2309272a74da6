#pragma once
// RSS 2.0, RSS 1.0 (rdf:RDF) and Atom feeds, streamed with libxml2's xmlTextReader: each
// <item>/<entry> is expanded, turned into an Article and freed before the next is read, so a
// feed of any length needs the memory of one item.  Internal to src/ingest.
#include "ingest/InputSource.h"

namespace entgraph::ingest {

// Reads the feed on `input` (whose head() was not consumed) and delivers its items through
// `ctx`.  Malformed XML is reported: as an error when nothing could be read, as a warning
// naming the line when items before the damage were delivered.  A document whose root is not
// a feed is skipped with a warning.
void readFeed(InputSource& input, ReadContext& ctx);

}  // namespace entgraph::ingest

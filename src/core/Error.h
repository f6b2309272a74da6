#pragma once
// The one exception type the model library throws for conditions a user can act on
// (unreadable file, corrupt workspace, unknown layout engine...).  The message is
// complete and printable as is; the CLI prints it after "entgraph: ".
#include <stdexcept>
#include <string>

namespace entgraph {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace entgraph

#include "newconference.h"

#include "core/templates/builtintemplates.h"

namespace weitblick {

Conference newConference()
{
    return BuiltInTemplates::conference(Method::FutureSearch, TextLanguage::German);
}

} // namespace weitblick

#include <libxml/xmlversion.h>
/* libxml2's headers pull in the system ICU headers when it was built with ICU; in a Swift module that also
   imports Foundation they clash with Foundation's own ICU module. Briefing never uses libxml2's ICU encoders. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// placeholder: replaced by the report implementation
namespace qms::report {}

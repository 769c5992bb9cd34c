/// The explainer draws into the screen core's types (`Screen`, `CellStyle`, `Key`…) and its
/// public functions take and return them, so whoever imports the explainer gets them too.
@_exported import ScreenCore

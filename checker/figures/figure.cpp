#include "figures/figure.h"

namespace crosscheck {

std::string_view to_string(FigureKind kind) {
  switch (kind) {
    case FigureKind::number: return "number";
    case FigureKind::money: return "money";
    case FigureKind::percent: return "percent";
    case FigureKind::percentage_points: return "percentage-points";
    case FigureKind::count: return "count";
    case FigureKind::ordinal: return "ordinal";
    case FigureKind::date: return "date";
    case FigureKind::date_range: return "date-range";
    case FigureKind::year: return "year";
    case FigureKind::duration: return "duration";
    case FigureKind::quantity: return "quantity";
  }
  return "number";
}

std::string_view to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::none: return "";
    case Qualifier::about: return "about";
    case Qualifier::nearly: return "nearly";
    case Qualifier::more_than: return "more-than";
    case Qualifier::at_least: return "at-least";
    case Qualifier::up_to: return "up-to";
    case Qualifier::less_than: return "less-than";
  }
  return "";
}

}  // namespace crosscheck

/// The three kinds of entity a brief names. Entities of different kinds are never merged.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case person, organization, place

    /// The plural key used in front matter, class names and ids: `people`, `organizations`, `places`.
    public var groupKey: String {
        switch self {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        }
    }

    /// `People`, `Organisations`, `Places`.
    public var pluralTitle: String {
        switch self {
        case .person: return "People"
        case .organization: return "Organisations"
        case .place: return "Places"
        }
    }

    /// `Person`, `Organisation`, `Place`.
    public var title: String {
        switch self {
        case .person: return "Person"
        case .organization: return "Organisation"
        case .place: return "Place"
        }
    }

    /// The schema.org type: `Person`, `Organization`, `Place`.
    public var schemaType: String {
        switch self {
        case .person: return "Person"
        case .organization: return "Organization"
        case .place: return "Place"
        }
    }

    /// Position in the fixed order people, organisations, places.
    var order: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        }
    }
}

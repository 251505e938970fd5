import BriefingTestSupport
import Foundation
import Testing

/// A small plain-text article in the format of the shared corpus.
enum ArticleFixture {
    static let slug = "harbour-bridge"
    static let title = "Harbour bridge approved after six-hour debate"
    static let text = """
    Harbour bridge approved after six-hour debate
    By Jane Reporter
    Rivertown's city council approved a new harbour bridge on Friday, ending two years of debate.
    The vote was seven to two. Council leader Jane Doe said the council "listened to every resident before we voted on this bridge."
    Work on the bridge is due to start in the autumn and to end in 2028.
    Costs
    The bridge will cost 12 million euros, half of it paid by the region.
    "This bridge will pay for itself within a decade if the tolls stay where they are," said John Roe, a professor of urban policy at Example University.
    SOURCE: Example News

    """

}



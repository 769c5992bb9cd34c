import Explainer
import LessonKit
import PointwiseCore
import Testing

@Suite("What every key does")
struct UpdateTests {
    @Test(
        "→, l, space and Enter step forward; ←, h and Backspace step back",
        arguments: [
            (Key.right, 1), (.character("l"), 1), (.character(" "), 1), (.enter, 1),
            (.left, -1), (.character("h"), -1), (.backspace, -1),
        ])
    func stepKeys(key: Key, change: Int) throws {
        var state = state(try sourceNoteLesson(), keys: [.right, .right, .right])
        state.update(.key(key))
        #expect(state.walk.position == 3 + change)
    }

    @Test("n and p (and ↓ ↑) move by pixel")
    func pixelKeys() throws {
        var state = state(try sourceNoteLesson())
        for key in [Key.character("n"), .down, .character("n")] { state.update(.key(key)) }
        #expect(state.walk.position == 13)  // the first term of the third pixel: 2 pixels × 6 steps + 1
        state.update(.key(.character("p")))
        #expect(state.walk.position == 7)
        state.update(.key(.up))
        #expect(state.walk.position == 1)
        state.update(.key(.character("p")))
        #expect(state.walk.isAtIntroduction)
    }

    @Test("g, G, Home and End go to the ends; r restarts and stops autoplay")
    func endsAndRestart() throws {
        var state = state(try sourceNoteLesson())
        state.update(.key(.character("G")))
        #expect(state.walk.position == 54)
        state.update(.key(.home))
        #expect(state.walk.position == 0)
        state.update(.key(.end))
        #expect(state.walk.position == 54)
        state.update(.key(.character("g")))
        #expect(state.walk.position == 0)
        state.update(.key(.character("a")))
        state.update(.tick)
        state.update(.key(.character("r")))
        #expect(state.walk.position == 0)
        #expect(!state.isPlaying)
    }

    @Test("a plays one step per tick, + and - change the speed, and play stops at the end")
    func autoplay() throws {
        var state = state(try sourceNoteLesson())
        #expect(state.tickInterval == nil)
        state.update(.tick)
        #expect(state.walk.position == 0)  // ticks do nothing while paused
        state.update(.key(.character("a")))
        let normal = try #require(state.tickInterval)
        state.update(.tick)
        state.update(.tick)
        #expect(state.walk.position == 2)
        state.update(.key(.character("+")))
        #expect((state.tickInterval ?? .max) < normal)
        state.update(.key(.character("-")))
        state.update(.key(.character("-")))
        #expect((state.tickInterval ?? 0) > normal)
        for _ in 0..<100 { state.update(.tick) }
        #expect(state.walk.position == 54)
        #expect(!state.isPlaying)
        state.update(.key(.character("a")))  // playing again from the end starts over
        #expect(state.isPlaying)
        #expect(state.walk.position == 0)
        state.update(.key(.character("a")))
        #expect(!state.isPlaying)
    }

    @Test("speeds stop at the fastest and the slowest")
    func speedBounds() throws {
        var state = state(try sourceNoteLesson(), keys: [.character("a")])
        for _ in 0..<20 { state.update(.key(.character("+"))) }
        #expect(state.tickInterval == AutoplaySpeed.intervals.last)
        for _ in 0..<20 { state.update(.key(.character("-"))) }
        #expect(state.tickInterval == AutoplaySpeed.intervals.first)
    }

    @Test("? opens the help, any key closes it, and keys under it do nothing else")
    func help() throws {
        var state = state(try sourceNoteLesson())
        state.update(.key(.character("?")))
        #expect(state.isShowingHelp)
        #expect(state.update(.key(.character("q"))) == nil)  // q closes the help, as in less
        #expect(!state.isShowingHelp)
        #expect(state.walk.position == 0)
        state.update(.key(.character("?")))
        state.update(.key(.right))
        #expect(!state.isShowingHelp)
        #expect(state.walk.position == 0)
    }

    @Test("q and Esc ask to quit; other keys are ignored", arguments: [Key.character("q"), .escape])
    func quit(key: Key) throws {
        var state = state(try sourceNoteLesson())
        #expect(state.update(.key(key)) == .quit)
        #expect(state.update(.key(.character("z"))) == nil)
        #expect(state.update(.key(.function(5))) == nil)
    }

    @Test("every key named in the help is known to render --keys")
    func keyNames() {
        for name in ["l", "space", "right", "h", "left", "n", "p", "g", "G", "home", "end", "a", "+", "-", "r", "?", "q", "esc"] {
            #expect(KeyNames.key(named: name) != nil, "\(name)")
        }
        #expect(KeyNames.key(named: "nope") == nil)
    }
}

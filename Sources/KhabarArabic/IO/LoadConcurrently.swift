// SPDX-License-Identifier: GPL-2.0-or-later
import Dispatch
import Synchronization

/// Runs two independent loading jobs at the same time (on two threads when the machine has two
/// cores) and returns both results.
///
/// Loading the lexicon and loading the glossaries share nothing, and each takes about half of a
/// cold start: run side by side they finish in the time of the longer one.
///
/// - Throws: the first job's error when it fails (the error a sequential load, first job first,
///   would have reported), else the second's.
public func loadConcurrently<A: Sendable, B: Sendable>(
  _ first: @Sendable () throws(InputError) -> A, _ second: @Sendable () throws(InputError) -> B
) throws(InputError) -> (A, B) {
  let firstResult = Mutex<Result<A, InputError>?>(nil)
  let secondResult = Mutex<Result<B, InputError>?>(nil)
  DispatchQueue.concurrentPerform(iterations: 2) { part in
    if part == 0 {
      let result = Result<A, InputError>(catching: first)
      firstResult.withLock { $0 = result }
    } else {
      let result = Result<B, InputError>(catching: second)
      secondResult.withLock { $0 = result }
    }
  }
  guard let a = firstResult.withLock({ $0 }), let b = secondResult.withLock({ $0 }) else {
    preconditionFailure("concurrentPerform returned before both jobs ran")
  }
  return (try a.get(), try b.get())
}

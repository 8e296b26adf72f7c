#if canImport(Glibc)
import Glibc
#endif

/// A pthread mutex, for the pipeline's hand-offs; `Condition`s wait on it.
final class Lock: @unchecked Sendable {
    fileprivate let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// A condition variable used with one `Lock`: each kind of waiter (reader, workers,
/// writer) has its own, so a hand-off wakes only the thread that can use it.
final class Condition: @unchecked Sendable {
    private let lock: Lock
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    init(_ lock: Lock) {
        self.lock = lock
        condition = .allocate(capacity: 1)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deallocate()
    }

    /// Waits once, with the lock held; the caller rechecks what it waits for.
    func wait() { pthread_cond_wait(condition, lock.mutex) }

    /// Waits once for at most `nanoseconds`, with the lock held; false when the time ran out.
    func wait(nanoseconds: Int) -> Bool {
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let total = Int(deadline.tv_nsec) + nanoseconds
        deadline.tv_sec += total / 1_000_000_000
        deadline.tv_nsec = total % 1_000_000_000
        return pthread_cond_timedwait(condition, lock.mutex, &deadline) != ETIMEDOUT
    }

    /// Wakes one waiter; call with the lock held.
    func signal() { pthread_cond_signal(condition) }

    /// Wakes every waiter; call with the lock held.
    func broadcast() { pthread_cond_broadcast(condition) }
}

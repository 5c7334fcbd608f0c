#pragma once

#include <QWidget>

namespace rc::ui {

/// Measures start-up for the benchmark in tests/bench: when `window` has painted for the first time,
/// writes the milliseconds since the process was spawned (the spawning benchmark passes its clock in
/// RC_BENCH_SPAWN_NS, CLOCK_MONOTONIC) to the file named by RC_BENCH_SHOWN_FILE, then quits the
/// application. Used only with the hidden --exit-when-shown option.
void exitWhenShown(QWidget *window);

} // namespace rc::ui

//! The system-design round's pieces: the units calculator, the simulator's input rows and its
//! diagram.
pub mod sim_diagram;
pub mod style;
pub mod sim_field;
pub mod units_calc;

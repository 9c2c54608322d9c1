export { releaseSeats, SEATS, seatsFree, seatsLeft, setCapacity, takeSeats, takeSeatsOfMany, type SeatHolder, type SeatPool } from './seats.js'

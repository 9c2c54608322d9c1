export { releaseSeats, SEATS, seatsLeft, setCapacity, takeSeats, type SeatHolder, type SeatPool } from './seats.js'

export { releaseSeats, SEATS, seatsLeft, setCapacity, takeSeats, takeSeatsOfMany, type SeatHolder, type SeatPool } from './seats.js'

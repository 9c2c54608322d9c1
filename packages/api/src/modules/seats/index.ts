export { releaseSeats, seatsLeft, setCapacity, takeSeats, type SeatHolder } from './seats.js'

import 'reflect-metadata'
import './oneQueryAtATime.js'

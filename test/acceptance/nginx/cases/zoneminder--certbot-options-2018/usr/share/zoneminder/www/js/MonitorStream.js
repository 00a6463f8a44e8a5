/* js/MonitorStream.js */

<?php
// js/jscalendar/calendar.php (stand-in)

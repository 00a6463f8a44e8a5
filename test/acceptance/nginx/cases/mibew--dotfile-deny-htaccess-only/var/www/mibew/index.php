<?php
// Mibew front controller (stand-in for the case)

<?php
// OpenEMR 7.0.2 placeholder: library/ajax/dated_reminders_counter.php

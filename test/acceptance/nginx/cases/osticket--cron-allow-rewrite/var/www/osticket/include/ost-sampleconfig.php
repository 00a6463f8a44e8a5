<?php
// osTicket 1.18 placeholder: include/ost-sampleconfig.php

<?php
// osTicket 1.18 placeholder: pwreset.php

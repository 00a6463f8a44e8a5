<?php
// osTicket 1.18 placeholder: offline.php

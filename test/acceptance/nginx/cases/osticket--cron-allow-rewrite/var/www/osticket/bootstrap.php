<?php
// osTicket 1.18 placeholder: bootstrap.php

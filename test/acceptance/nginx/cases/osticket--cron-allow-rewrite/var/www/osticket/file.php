<?php
// osTicket 1.18 placeholder: file.php

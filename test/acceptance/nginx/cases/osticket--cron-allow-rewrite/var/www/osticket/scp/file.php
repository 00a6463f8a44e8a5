<?php
// osTicket 1.18 placeholder: scp/file.php

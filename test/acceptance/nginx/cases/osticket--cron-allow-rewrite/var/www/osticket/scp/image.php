<?php
// osTicket 1.18 placeholder: scp/image.php

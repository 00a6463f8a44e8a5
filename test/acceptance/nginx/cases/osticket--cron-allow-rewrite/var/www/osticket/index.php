<?php
// osTicket 1.18 placeholder: index.php

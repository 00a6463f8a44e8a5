<?php
return array(); // cached data (stand-in)

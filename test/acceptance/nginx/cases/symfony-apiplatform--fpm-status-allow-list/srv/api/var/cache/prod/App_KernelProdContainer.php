<?php
// stand-in for the compiled container of the prod environment
return [];

<?php
// placeholder: database credentials
return [];

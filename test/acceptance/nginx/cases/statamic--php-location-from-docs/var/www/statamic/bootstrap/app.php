<?php
// placeholder of the case

<?php
// chat controller (stand-in for the case)

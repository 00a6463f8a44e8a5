<?php
// Statistics counter endpoint (stand-in).

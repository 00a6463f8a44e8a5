<?php
// front controller for servers without URL rewriting (stand-in for the case)

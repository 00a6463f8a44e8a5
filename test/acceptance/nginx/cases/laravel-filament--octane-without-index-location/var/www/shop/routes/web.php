<?php
// Stand-in routes.

<?php
// Stand-in.

<?php
// shared template helpers stand-in

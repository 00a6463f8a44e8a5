<?php
// class stand-in

<p>stand-in view</p>

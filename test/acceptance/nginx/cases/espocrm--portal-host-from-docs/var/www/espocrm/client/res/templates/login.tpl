<div class="login">placeholder</div>
